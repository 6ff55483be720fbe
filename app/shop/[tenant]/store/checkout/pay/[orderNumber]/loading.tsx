import { LoadingStatus, SkeletonBlock } from "@/components/skeletons";

export default function PaymentLoading() {
  return (
    <div className="mx-auto max-w-5xl px-4 pt-10 sm:px-6 lg:px-8">
      <LoadingStatus label="Loading the payment…" />
      <SkeletonBlock className="h-4 w-32" />
      <SkeletonBlock className="mt-2 h-10 w-48" />
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <SkeletonBlock className="h-72 rounded-3xl" />
        <SkeletonBlock className="h-72 rounded-3xl" />
      </div>
    </div>
  );
}
