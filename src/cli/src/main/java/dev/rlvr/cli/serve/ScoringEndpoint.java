package dev.rlvr.cli.serve;

/** A POST endpoint that scores: the request body and URL parameters in, the JSON response body out. */
@FunctionalInterface
interface ScoringEndpoint {
  byte[] handle(byte[] body, QueryParameters query) throws RequestException;
}
