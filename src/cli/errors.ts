/** Bad command line (unknown command or option, missing value, unreadable file, invalid JSON): exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
