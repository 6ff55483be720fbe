import { LoadingStatus, ProductGridSkeleton, SkeletonBlock } from "@/components/skeletons";

export default function SearchLoading() {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
      <LoadingStatus label="Searching…" />
      <SkeletonBlock className="h-12 w-80 max-w-full" />
      <SkeletonBlock className="mt-6 h-12 w-full max-w-2xl rounded-full" />
      <SkeletonBlock className="mt-10 h-14 w-full" />
      <div className="mt-8">
        <ProductGridSkeleton />
      </div>
    </div>
  );
}
