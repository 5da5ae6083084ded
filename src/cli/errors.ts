/** Bad command line (unknown command or option, missing value, unreadable file, invalid JSON): exit 2.
 *  `da` is the same message in Danish, shown with --lang da. */
export class UsageError extends Error {
  readonly da?: string;
  constructor(message: string, da?: string) {
    super(message);
    this.name = 'UsageError';
    this.da = da;
  }
}
