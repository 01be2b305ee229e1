// Only list pages stream a placeholder: a loading boundary starts the response with status 200, so
// pages that may answer 403 or 404 must decide that (in a layout above the boundary) first.
export { PageLoading as default } from '@/components/ui/page-loading';
