import Image from "next/image";
import Link from "next/link";

type CategoryTileProps = {
  name: string;
  href: string;
  image: string | null;
  productCount: number;
  sizes: string;
};

export function CategoryTile({ name, href, image, productCount, sizes }: CategoryTileProps) {
  return (
    <Link
      href={href}
      data-testid="category-tile"
      className="group relative block aspect-[4/5] overflow-hidden sm:aspect-square lg:aspect-[5/4] rounded-2xl bg-stone-200 ring-1 ring-stone-900/5"
    >
      {image && (
        <Image
          src={image}
          alt=""
          fill
          sizes={sizes}
          className="object-cover transition duration-500 ease-out group-hover:scale-[1.04] motion-reduce:transition-none motion-reduce:group-hover:scale-100"
        />
      )}
      {/* An opaque chip rather than text on the photo keeps the contrast whatever the image. */}
      <span className="absolute inset-x-2 bottom-2 flex flex-col rounded-xl bg-paper px-3 py-2.5 shadow-sm sm:inset-x-3 sm:bottom-3 sm:flex-row sm:items-center sm:justify-between sm:gap-2 sm:px-4 sm:py-3">
        <span className="font-medium text-ink">{name}</span>
        <span className="text-sm text-muted sm:whitespace-nowrap">
          {productCount} {productCount === 1 ? "product" : "products"}
        </span>
      </span>
    </Link>
  );
}
