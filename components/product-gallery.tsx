"use client";

import Image from "next/image";
import { useRef, useState } from "react";

type GalleryImage = { id: number; url: string; alt: string | null };

const MAIN_SIZES = "(min-width: 1280px) 600px, (min-width: 1024px) 48vw, 100vw";

/**
 * A swipeable strip of the product's images with thumbnails that scroll it. Without JavaScript
 * the strip still scrolls; the thumbnails are an enhancement.
 */
export function ProductGallery({ images, productName }: { images: GalleryImage[]; productName: string }) {
  const strip = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);

  if (images.length === 0) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-3xl bg-stone-100 text-muted">No image yet</div>
    );
  }

  function show(index: number) {
    const el = strip.current;
    if (!el) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollTo({ left: index * el.clientWidth, behavior: reduce ? "auto" : "smooth" });
    setActive(index);
  }

  function onScroll() {
    const el = strip.current;
    if (el && el.clientWidth > 0) setActive(Math.round(el.scrollLeft / el.clientWidth));
  }

  const many = images.length > 1;
  return (
    <div>
      <div
        ref={strip}
        onScroll={many ? onScroll : undefined}
        // Focusable so keyboard users can scroll it with the arrow keys.
        tabIndex={many ? 0 : undefined}
        role={many ? "region" : undefined}
        aria-label={many ? `${productName} images` : undefined}
        className="flex snap-x snap-mandatory overflow-x-auto overscroll-x-contain rounded-3xl bg-white ring-1 ring-stone-900/5 [scrollbar-width:none]"
      >
        {images.map((image, index) => (
          <div key={image.id} className="relative aspect-square w-full shrink-0 snap-center">
            <Image
              src={image.url}
              alt={image.alt || productName}
              fill
              sizes={MAIN_SIZES}
              loading={index === 0 ? "eager" : "lazy"}
              fetchPriority={index === 0 ? "high" : "auto"}
              className="object-cover"
            />
          </div>
        ))}
      </div>
      {many && (
        <ul role="list" aria-label="Choose an image" className="mt-4 grid grid-cols-5 gap-3">
          {images.map((image, index) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => show(index)}
                aria-pressed={index === active}
                className={`relative block aspect-square w-full overflow-hidden rounded-xl bg-white ring-2 transition ${
                  index === active ? "ring-ink" : "ring-transparent hover:ring-stone-300"
                }`}
              >
                <Image src={image.url} alt="" fill sizes="120px" loading="eager" className="object-cover" />
                <span className="sr-only">
                  Show image {index + 1} of {images.length}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
