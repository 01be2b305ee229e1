'use server';

import { validatedAction } from '@/lib/action';
import { changeFloorRequest } from '@/lib/floor/change-floor-request';
import { requestFloor } from '@/lib/floor/request-floor';
import { changeFloorRequestSchema, requestFloorSchema } from '@/lib/floor/schemas';

export const requestFloorAction = validatedAction(requestFloorSchema, requestFloor);
export const changeFloorRequestAction = validatedAction(changeFloorRequestSchema, changeFloorRequest);
