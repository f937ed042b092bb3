package dev.tally.idempotency;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The answer kept for an idempotency key. */
@MappedEntity("idempotency_key")
record StoredResponse(@Id String key, String fingerprint, int responseStatus, String responseBody) {
}
