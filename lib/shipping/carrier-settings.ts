import { db } from "@/lib/db";
import { shipFromAddressSchema, type EasyPostAccount, type ShipFromAddress } from "./easypost";
import type { PrintfulAccount } from "./printful";
import { parcelSchema, type Parcel } from "./schemas";

export type CarrierSettings = {
  currency: string;
  /** Null unless the store has an EasyPost key and a complete ship-from address. */
  easypost: (EasyPostAccount & { from: ShipFromAddress; defaultParcel: Parcel | null }) | null;
  /** Null unless the store has a Printful key. */
  printful: PrintfulAccount | null;
};

/** The shipping providers a site's enabled store is set up for, with their keys: server-side use only. */
export async function getCarrierSettings(siteId: number): Promise<CarrierSettings> {
  const store = await db().store.findFirst({
    where: { siteId, enabled: true },
    // The keys are omitted from every query by default; this is the one read that needs them.
    select: { currency: true, easypostApiKey: true, printfulApiKey: true, shipFromAddress: true, defaultParcel: true },
  });
  if (!store) return { currency: "USD", easypost: null, printful: null };

  let easypost: CarrierSettings["easypost"] = null;
  if (store.easypostApiKey) {
    const from = shipFromAddressSchema.safeParse(store.shipFromAddress);
    // Without an origin EasyPost cannot rate: tell the operators, and answer the other rates.
    if (!from.success) console.warn(`[shipping] easypost: site ${siteId} has a key but no complete shipFromAddress; live rates skipped`);
    else {
      const parcel = parcelSchema.safeParse(store.defaultParcel);
      easypost = { apiKey: store.easypostApiKey, from: from.data, defaultParcel: parcel.success ? parcel.data : null };
    }
  }
  return {
    currency: store.currency,
    easypost,
    printful: store.printfulApiKey ? { apiKey: store.printfulApiKey } : null,
  };
}
