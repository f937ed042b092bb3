package dev.tally.database;

import dev.tally.support.Concurrently;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances on one database, as behind a load balancer: of each run of a scheduled job, exactly one runs it. */
class SingleRunnerTest {

    private static final Duration HOURLY = Duration.ofMinutes(55);

    @Test
    void ofTwoInstancesAskingAtOnceExactlyOneRunsEachRunAndTheNextRunWaitsItsTurn() throws Exception {
        try (ApplicationContext first = ApplicationContext.run(Environment.TEST);
             ApplicationContext second = ApplicationContext.run(Environment.TEST)) {
            SingleRunner one = first.getBean(SingleRunner.class);
            SingleRunner other = second.getBean(SingleRunner.class);

            for (int run = 0; run < 20; run++) {
                String job = "a-job-" + UUID.randomUUID();
                List<Callable<Boolean>> bothAsk = List.of(() -> one.claim(job, HOURLY), () -> other.claim(job, HOURLY));

                assertThat(Concurrently.run(bothAsk)).as("run %d", run).containsExactlyInAnyOrder(true, false);
                assertThat(one.claim(job, HOURLY)).as("within the hour").isFalse();
                assertThat(other.claim(job, HOURLY)).isFalse();
                assertThat(other.claim(job, Duration.ZERO)).as("once its time has come").isTrue();
            }
        }
    }
}
