// Dredd skips only the transactions it cannot provoke from the committed document, and says why. No hook here
// changes a request or an expectation.
//
// Dredd's OpenAPI 3 support (dredd-transactions with @apielements/openapi3-parser) builds ONE request per operation:
// every response of the operation is tested with the same URL, the same parameter examples and the same header
// parameters; only Accept varies, with the response's media type. So for an operation whose example request answers
// 200, the other statuses it documents cannot be asked for.
const hooks = require('hooks');

const unprovokable = {
  // A bad parameter: the request built from the examples is valid by design (its examples are real values).
  400: 'needs an invalid parameter, and the one request Dredd builds per operation uses the valid examples',
  // A missing instrument, State or resolution: the examples name ones that exist.
  404: 'needs an id that does not exist, and the one request Dredd builds per operation uses the real examples',
  // Conditional request: a header parameter's example goes into every transaction of the operation, so an
  // If-None-Match equal to the ETag would turn the 200 into a 304 too; and an ETag changes with the data, so no
  // example could stay true.
  304: 'needs If-None-Match equal to the current ETag, which no document example can hold (it changes with the data) and which Dredd would send with the 200 too',
  // Range requests on the downloads: a Range example would go into the 200's request as well.
  206: 'needs a Range header, which Dredd would send with the 200 too',
  416: 'needs an unsatisfiable Range header, which Dredd would send with the 200 too',
  // Rate limiting: run.sh starts the service with the limiter off, and tripping it would turn other transactions into 429s.
  429: 'needs the rate limiter tripped, which would fail the transactions after it',
  // Not ready / database gone: needs a replica whose database was deleted (tests/contract/run.sh does that with Prism).
  503: 'needs a replica whose database is gone (tests/contract/run.sh provokes it)',
};

hooks.beforeEach((transaction) => {
  const reason = unprovokable[transaction.expected.statusCode];
  if (reason) {
    transaction.skip = true;
  }
});
