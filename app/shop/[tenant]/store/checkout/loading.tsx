import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function CheckoutLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 pt-10 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading checkout…" />
      <SkeletonBlock className="h-10 w-48" />
      <SkeletonBlock className="mt-3 h-5 w-64" />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="space-y-6">
          <SkeletonBlock className="h-64 rounded-3xl" />
          <SkeletonBlock className="h-96 rounded-3xl" />
        </div>
        <SkeletonBlock className="h-96 rounded-3xl" />
      </div>
    </div>
  );
}
