package dev.tally.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens are checked for signature, issuer and expiry, and name an account of the organisation they claim; a token the
 * service has checked and keeps still ends at its expiry.
 */
@MicronautTest(transactional = false)
class TokenTest extends ApiTest {

    @Inject
    @Value("${tally.jwt.secret}")
    String secret;

    @Test
    void aTokenWeSignedForAnActiveAccountIsAccepted() throws Exception {
        Tenant tenant = fixtures.anOrganisation();

        assertThat(api.get(token(tenant.admin(), tenant, "tally", Instant.now().plusSeconds(60)), "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Tenant tenant = fixtures.anOrganisation();

        assertProblem(api.get(token(tenant.admin(), tenant, "tally", Instant.now().minusSeconds(60)), "/api/v1/me"), 401);
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedFromItsExpiry() throws Exception {
        Tenant tenant = fixtures.anOrganisation();
        Instant expiry = Instant.now().plusSeconds(4);
        String shortLived = token(tenant.admin(), tenant, "tally", expiry);

        Response whileValid = api.get(shortLived, "/api/v1/me");
        Response again = api.get(shortLived, "/api/v1/me");
        Thread.sleep(Math.max(0, expiry.toEpochMilli() + 1_000 - System.currentTimeMillis()));

        assertThat(whileValid.status()).isEqualTo(200);
        assertThat(again.status()).as("the kept token").isEqualTo(200);
        assertProblem(api.get(shortLived, "/api/v1/me"), 401);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        Tenant tenant = fixtures.anOrganisation();

        assertProblem(api.get(token(tenant.admin(), tenant, "someone-else", Instant.now().plusSeconds(60)), "/api/v1/me"), 401);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        Tenant tenant = fixtures.anOrganisation();
        String unsigned = new PlainJWT(claims(tenant.admin(), tenant, "tally", Instant.now().plusSeconds(60))).serialize();

        assertProblem(api.get(unsigned, "/api/v1/me"), 401);
    }

    @Test
    void aTokenClaimingAnotherOrganisationIsRefused() throws Exception {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();

        assertProblem(api.get(token(tenant.admin(), other, "tally", Instant.now().plusSeconds(60)), "/api/v1/me"), 401);
    }

    private String token(Member member, Tenant claimedOrganisation, String issuer, Instant expiry) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(member, claimedOrganisation, issuer, expiry));
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static JWTClaimsSet claims(Member member, Tenant claimedOrganisation, String issuer, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .subject(member.id().toString())
                .issuer(issuer)
                .issueTime(new Date())
                .expirationTime(Date.from(expiry))
                .claim("org", claimedOrganisation.id().toString())
                .claim("roles", List.of("ADMIN"))
                .claim("gen", 0)
                .build();
    }
}
