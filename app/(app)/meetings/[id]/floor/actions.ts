'use server';

import { validatedAction } from '@/lib/action';
import { changeFloorRequest } from '@/lib/floor/change-floor-request';
import { requestFloor } from '@/lib/floor/request-floor';
import { setSpeakingTime } from '@/lib/floor/set-speaking-time';
import { showOnRoomScreen } from '@/lib/floor/show-on-room-screen';
import { changeFloorRequestSchema, requestFloorSchema, setSpeakingTimeSchema, showOnRoomScreenSchema } from '@/lib/floor/schemas';

export const requestFloorAction = validatedAction(requestFloorSchema, requestFloor);
export const changeFloorRequestAction = validatedAction(changeFloorRequestSchema, changeFloorRequest);
export const setSpeakingTimeAction = validatedAction(setSpeakingTimeSchema, setSpeakingTime);
export const showOnRoomScreenAction = validatedAction(showOnRoomScreenSchema, showOnRoomScreen);
