package dev.tally.idempotency;

import dev.tally.common.Caller;
import dev.tally.common.DomainException;
import dev.tally.common.FieldError;
import dev.tally.common.JsonText;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Requests sent with an {@code Idempotency-Key} to an {@link Idempotent} method: the first is carried out and its
 * answer kept, in the same transaction as the change, so that an acknowledged change is a committed one; a retry with
 * the same key and the same request (method, path, arguments, caller) gets that answer again and changes nothing; the
 * same key with another request is refused.
 * <p>
 * The answer is kept with one {@code INSERT … ON CONFLICT DO NOTHING} after the change, instead of a lock and a
 * look-up before it: retries are rare and live saves are not. A retry therefore runs again and is rolled back when
 * its key turns out to be answered, or fails on its own (a scorecard save finds its base version gone); either way the
 * kept answer is looked up only then. A retry racing its original waits on the original's uncommitted key (or on the
 * row the change locks) and so sees the committed answer.
 */
@InterceptorBean(Idempotent.class)
public class IdempotentRequests implements MethodInterceptor<Object, Object>, Ordered {

    /** Controllers declare it as a header parameter so that the API documents it; this reads it from the request. */
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRepository keys;
    private final TransactionOperations<Connection> transactions;
    private final JsonText json;
    private final JsonMapper mapper;

    IdempotentRequests(IdempotencyRepository keys, TransactionOperations<Connection> transactions, JsonText json, JsonMapper mapper) {
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
        this.mapper = mapper;
    }

    /** Outside the method's own transaction, which joins the one opened here for the change and its kept answer. */
    @Override
    public int getOrder() {
        return InterceptPhase.TRANSACTION.getPosition() - 1;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<HttpRequest<Object>> http = ServerRequestContext.currentRequest();
        String key = http.map(request -> request.getHeaders().get(HEADER)).orElse(null);
        if (key == null) {
            return context.proceed();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidIdempotencyKey();
        }
        Caller caller = callerOf(context);
        String fingerprint = fingerprint(http.get(), context);
        try {
            return transactions.executeWrite(status -> {
                Object answer = context.proceed();
                if (keys.store(caller.orgId(), caller.userId(), key, fingerprint, 200, json.of(answer)) == 0) {
                    throw new AnsweredBefore();
                }
                return answer;
            });
        } catch (RuntimeException refused) {
            return answerGivenBefore(caller, key, fingerprint, context, refused);
        }
    }

    /** The kept answer to this key, when there is one; otherwise the refusal stands. */
    private Object answerGivenBefore(Caller caller, String key, String fingerprint, MethodInvocationContext<Object, Object> context,
                                     RuntimeException refused) {
        Optional<StoredResponse> stored;
        try {
            stored = transactions.executeRead(status -> keys.find(caller.orgId(), caller.userId(), key));
        } catch (RuntimeException unreadable) {
            refused.addSuppressed(unreadable);
            throw refused;
        }
        if (stored.isEmpty()) {
            throw refused;
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused(key);
        }
        try {
            return mapper.readValue(stored.get().responseBody(), context.getReturnType().asArgument());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Caller callerOf(MethodInvocationContext<Object, Object> context) {
        return Arrays.stream(context.getParameterValues()).filter(Caller.class::isInstance).map(Caller.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(context.getExecutableMethod() + " is @Idempotent but takes no Caller"));
    }

    private String fingerprint(HttpRequest<?> http, MethodInvocationContext<Object, Object> context) {
        List<Object> request = Arrays.stream(context.getParameterValues()).filter(value -> !(value instanceof Caller)).toList();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((http.getMethodName() + " " + http.getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(json.of(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rolls back a retry whose key another transaction has answered and committed meanwhile. */
    private static final class AnsweredBefore extends RuntimeException {
        AnsweredBefore() {
            super(null, null, false, false);
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
