// The few words the CLI and server say when a connection to Neo4j fails, instead of the driver's paragraphs.
import { describe, expect, it } from 'vitest';
import { describeConnectionError } from '../../../cypher/connect.ts';

function driverError(message: string, code = 'ServiceUnavailable'): Error {
  return Object.assign(new Error(message), { code });
}

describe('describeConnectionError', () => {
  it.each([
    [
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port … Caused by: connect ECONNREFUSED 127.0.0.1:1.',
      'connection refused (nothing listens on that host and port)',
    ],
    ['Failed to connect to server. Caused by: getaddrinfo ENOTFOUND nohost.invalid', 'unknown host'],
    ['Connection acquisition timed out in 60000 ms.', 'the connection timed out'],
    [
      'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[…]',
      'no routing server answered',
    ],
    ['Some other failure.\nwith a second line', 'Some other failure'],
  ])('%s → %s', (message, expected) => {
    expect(describeConnectionError(driverError(message))).toBe(expected);
  });

  it('names the credentials when authentication fails', () => {
    const error = driverError(
      'The client is unauthorized due to authentication failure.',
      'Neo.ClientError.Security.Unauthorized',
    );
    expect(describeConnectionError(error)).toMatch(/NEO4J_USER and NEO4J_PASSWORD/);
  });

  it('accepts what is not an Error', () => {
    expect(describeConnectionError('plain text')).toBe('plain text');
  });
});
