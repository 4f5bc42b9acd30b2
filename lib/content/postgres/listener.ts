// One connection per instance that LISTENs for the sync's change notifications. It comes
// back by itself when the database does (a retry every second), and says whether it is
// connected: while it is not, the source caches nothing for long.
import pg from 'pg';
import { CHANNEL } from './schema';

export class Listener {
  private client?: pg.Client;
  private stopped = true;
  private timer?: NodeJS.Timeout;
  connected = false;

  constructor(
    private readonly url: string,
    private readonly onChange: (payload: string | undefined) => void,
    private readonly retryMs = 1000,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 2000, application_name: 'sahifa-listen', keepAlive: true });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      if (this.connected) this.onChange(undefined); // changes may have been missed meanwhile
      this.connected = false;
      client.removeAllListeners();
      client.on('error', () => {});
      void client.end().catch(() => {});
      this.retry();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (n) => this.onChange(n.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.client !== client) return;
      this.connected = true;
      this.onChange(undefined); // whatever changed while we were away
    } catch {
      lost();
    }
  }

  private retry(): void {
    if (this.stopped || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, this.retryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const c = this.client;
    this.client = undefined;
    this.connected = false;
    await c?.end().catch(() => {});
  }
}
