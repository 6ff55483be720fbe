import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

// A PostgreSQL wire-protocol server for one PGlite database, for many pooled connections.
// PGlite is a single backend session, so connections must take turns in whole units:
//  - a unit is everything a client sends up to a Sync, Query or Flush: an extended-protocol
//    exchange (Parse, Bind, Execute, Sync) must never interleave with another connection's,
//    or one client's Bind meets another's unnamed statement;
//  - a connection whose unit leaves a transaction open owns the database until its transaction
//    ends, so no other connection sees or joins it; if it disconnects, the transaction rolls back.
// Named prepared statements and session settings are shared by all connections; the pg driver
// and Prisma use unnamed statements only.
// LISTEN is shared too, and the one session hears its NOTIFYs in the output of whichever unit
// committed them: those notifications are passed on to every connection that has listened.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const UNIT_ENDS = new Set(["S", "Q", "H"].map((c) => c.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);
const READY_FOR_QUERY = "Z".charCodeAt(0);
const NOTIFICATION = "A".charCodeAt(0);
const QUERY = "Q".charCodeAt(0);

type Unit = { connection: Connection; bytes: Uint8Array };

export class PgliteWireServer {
  private server: Server | null = null;
  private readonly queue: Unit[] = [];
  private readonly connections = new Set<Connection>();
  private transactionOwner: Connection | null = null;
  private running = false;

  constructor(private readonly db: PGlite) {}

  async listen(host: string, port: number): Promise<number> {
    this.server = createServer((socket) => this.connections.add(new Connection(socket, this)));
    await new Promise<void>((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("The embedded database did not bind a TCP port");
    return address.port;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.db.runExclusive(async () => {}); // let a running unit finish
  }

  enqueue(unit: Unit) {
    this.queue.push(unit);
    void this.drain();
  }

  async disconnected(connection: Connection) {
    this.connections.delete(connection);
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i].connection === connection) this.queue.splice(i, 1);
    if (this.transactionOwner === connection) {
      // exec waits on the same lock as runExclusive (so is not wrapped in it): no unit is mid-run.
      await this.db.exec("ROLLBACK").catch(() => undefined);
      this.transactionOwner = null;
      void this.drain();
    }
  }

  private async drain() {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.transactionOwner ? this.queue.findIndex((u) => u.connection === this.transactionOwner) : 0;
        if (index < 0 || this.queue.length === 0) return;
        const [unit] = this.queue.splice(index, 1);
        const { status, notifications } = await this.run(unit);
        if (notifications.length) this.passOn(notifications, unit.connection);
        if (status === "T" || status === "E") this.transactionOwner = unit.connection;
        else if (status === "I" && this.transactionOwner === unit.connection) this.transactionOwner = null;
      }
    } finally {
      this.running = false;
    }
  }

  private passOn(notifications: Buffer[], source: Connection) {
    for (const connection of this.connections) {
      if (connection !== source && connection.listening && !connection.socket.destroyed) connection.socket.write(Buffer.concat(notifications));
    }
  }

  /** Runs one unit; answers the transaction status of its last ReadyForQuery (I, T or E), if any, and its notifications. */
  private async run({ connection, bytes }: Unit): Promise<{ status: string | null; notifications: Buffer[] }> {
    const tracker = new OutputTracker();
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(bytes, {
          onRawData: (chunk) => {
            tracker.feed(chunk);
            if (!connection.socket.destroyed) connection.socket.write(chunk);
          },
        }),
      );
    } catch (error) {
      connection.socket.destroy(error as Error);
    }
    return { status: tracker.status, notifications: tracker.notifications };
  }
}

class Connection {
  listening = false;
  private buffer = Buffer.alloc(0);
  private started = false;
  private pending: Buffer[] = [];

  constructor(
    readonly socket: Socket,
    private readonly server: PgliteWireServer,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void server.disconnected(this));
  }

  private receive(data: Buffer) {
    this.buffer = Buffer.concat([this.buffer, data]);
    while (this.started ? this.takeMessage() : this.takeStartup());
  }

  private takeStartup(): boolean {
    if (this.buffer.length < 8) return false;
    const length = this.buffer.readInt32BE(0);
    if (this.buffer.length < length) return false;
    const code = this.buffer.readInt32BE(4);
    const packet = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write("N"); // no encryption on loopback
    } else if (code === CANCEL_REQUEST) {
      this.socket.end();
    } else {
      this.started = true;
      this.server.enqueue({ connection: this, bytes: new Uint8Array(packet) });
    }
    return true;
  }

  private takeMessage(): boolean {
    if (this.buffer.length < 5) return false;
    const length = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return false;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    const type = message[0];
    if (type === TERMINATE) {
      this.socket.end(); // never forwarded: it would end the one backend every connection shares
      return false;
    }
    if (type === QUERY && /^\s*LISTEN\s/i.test(message.subarray(5).toString("utf8"))) this.listening = true;
    this.pending.push(message);
    if (UNIT_ENDS.has(type)) {
      this.server.enqueue({ connection: this, bytes: new Uint8Array(Buffer.concat(this.pending)) });
      this.pending = [];
    }
    return true;
  }
}

/** Follows the server's output across chunks: the status byte of each ReadyForQuery, and every notification. */
class OutputTracker {
  status: string | null = null;
  readonly notifications: Buffer[] = [];
  private rest = Buffer.alloc(0);

  feed(chunk: Uint8Array) {
    let data = Buffer.concat([this.rest, Buffer.from(chunk)]);
    while (data.length >= 5) {
      const length = 1 + data.readInt32BE(1);
      if (data.length < length) break;
      if (data[0] === READY_FOR_QUERY) this.status = String.fromCharCode(data[5]);
      if (data[0] === NOTIFICATION) this.notifications.push(Buffer.from(data.subarray(0, length)));
      data = data.subarray(length);
    }
    this.rest = data;
  }
}
