import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function OrderLookupLoading() {
  return (
    <div className="mx-auto max-w-md px-4 pt-12 sm:px-6">
      <LoadingStatus label="Loading…" />
      <SkeletonBlock className="h-10 w-64" />
      <SkeletonBlock className="mt-4 h-5 w-full" />
      <SkeletonBlock className="mt-8 h-64 rounded-3xl" />
    </div>
  );
}
