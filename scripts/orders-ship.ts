// npm run orders:ship -- <siteId> <orderNumber> <carrier> <trackingNumber> [--url <trackingUrl>] [--service <name>] [--item <orderItemId>:<quantity>]...
//     record a parcel handed to the carrier; without --item it carries every unit not yet shipped.
//     The first shipment moves a paid order to shipped.
// npm run orders:ship -- <siteId> status <shipmentId> <pending|in_transit|delivered|returned|failure>
//     a shipment's new status; the order becomes delivered once every unit shipped and every shipment is delivered.
// Uses DATABASE_URL, or the embedded database (stop `npm start` first: it holds the data directory).
import { createPrismaClient, type Db } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/open-database";
import { recordShipment, SHIPMENT_STATUSES, updateShipmentStatus, type ShipmentStatus, type ShipmentView } from "@/lib/orders/shipments";

const USAGE = [
  "Usage: npm run orders:ship -- <siteId> <orderNumber> <carrier> <trackingNumber> [--url <trackingUrl>] [--service <name>] [--item <orderItemId>:<quantity>]...",
  `       npm run orders:ship -- <siteId> status <shipmentId> <${SHIPMENT_STATUSES.join("|")}>`,
].join("\n");

const [siteArg, ...rest] = process.argv.slice(2);
const isId = (s: string | undefined): s is string => !!s && /^\d{1,10}$/.test(s);
const fail = (message?: string): never => {
  if (message) console.error(message);
  console.error(USAGE);
  process.exit(1);
};
if (!isId(siteArg) || rest.length < 3) fail();

type Command = { kind: "status"; shipmentId: number; status: ShipmentStatus } | { kind: "ship"; orderNumber: string; input: Parameters<typeof recordShipment>[2] };

function parse(args: string[]): Command {
  if (args[0] === "status") {
    const [, id, status] = args;
    if (!isId(id) || !(SHIPMENT_STATUSES as readonly string[]).includes(status)) fail();
    return { kind: "status", shipmentId: Number(id), status: status as ShipmentStatus };
  }
  const [orderNumber, carrier, trackingNumber, ...options] = args;
  const input: Command & { kind: "ship" } = { kind: "ship", orderNumber, input: { carrier, trackingNumber } };
  const items: { orderItemId: number; quantity: number }[] = [];
  for (let i = 0; i < options.length; i += 2) {
    const [flag, value] = [options[i], options[i + 1]];
    if (value === undefined) fail(`${flag} needs a value`);
    if (flag === "--url") input.input.trackingUrl = value;
    else if (flag === "--service") input.input.service = value;
    else if (flag === "--item" && /^\d{1,10}:\d{1,6}$/.test(value)) {
      const [orderItemId, quantity] = value.split(":").map(Number);
      items.push({ orderItemId, quantity });
    } else fail(`Unknown option ${flag} ${value}`);
  }
  if (items.length) input.input.items = items;
  return input;
}

const describe = (s: ShipmentView) =>
  `Shipment #${s.id}: ${s.status}, ${s.carrier ?? "?"} ${s.trackingNumber ?? ""}${s.trackingUrl ? ` ${s.trackingUrl}` : ""}\n` +
  s.items.map((i) => `    ${i.quantity} × ${i.productName}${i.variantName ? ` (${i.variantName})` : ""} [item ${i.orderItemId}]`).join("\n");

const command = parse(rest);
const database = await openDatabase();
// lib/db connects from DATABASE_URL on first use; the embedded database's URL is known only now.
const prisma = createPrismaClient(database.url, 2);
(globalThis as { storefrontDb?: Db }).storefrontDb = prisma;
try {
  const siteId = Number(siteArg);
  const shipment = command.kind === "status" ? await updateShipmentStatus(siteId, command.shipmentId, command.status) : await recordShipment(siteId, command.orderNumber, command.input);
  console.log(describe(shipment));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.close();
}
