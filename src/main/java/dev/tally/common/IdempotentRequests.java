package dev.tally.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Requests sent with an {@code Idempotency-Key}: the first is carried out and its answer kept; a retry with the same
 * key and the same request gets that answer again and changes nothing; the same key with another request is refused.
 * Runs inside the caller's transaction, so the change and the kept answer commit together.
 */
@Singleton
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRepository keys;
    private final JsonText json;

    IdempotentRequests(IdempotencyRepository keys, JsonText json) {
        this.keys = keys;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public <T> T once(Caller caller, @Nullable String key, String method, String path, Object request, Class<T> answerType,
                      Supplier<T> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidIdempotencyKey();
        }
        String fingerprint = fingerprint(method, path, request);
        keys.lock(caller.orgId(), caller.userId(), key);
        var stored = keys.find(caller.orgId(), caller.userId(), key);
        if (stored.isPresent()) {
            if (!stored.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused(key);
            }
            return json.read(stored.get().responseBody(), answerType);
        }
        T answer = action.get();
        keys.store(caller.orgId(), caller.userId(), key, fingerprint, 200, json.of(answer));
        return answer;
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(json.of(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }



    static final class IdempotencyKeyReused extends DomainException.Invalid {
        IdempotencyKeyReused(String key) {
            super("idempotency-key-reused", "The Idempotency-Key '" + key + "' was already used for a different request. "
                    + "Use a new key for each distinct change.", List.of(new FieldError(HEADER, "was already used for a different request")));
        }
    }

    static final class InvalidIdempotencyKey extends DomainException.Invalid {
        InvalidIdempotencyKey() {
            super("invalid-idempotency-key", "The Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters.",
                    List.of(new FieldError(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters")));
        }
    }
}
