package dev.tally.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock every feature asks for the time, so that tests can replace it. */
@Factory
class SystemClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
