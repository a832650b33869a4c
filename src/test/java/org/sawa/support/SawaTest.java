package org.sawa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on the embedded PostgreSQL, with the demo
 * scenario loaded through the application's own services, and the clock tests may move
 * ({@link MovableClock}). Every test class uses this same configuration, so one
 * application context serves the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@Import(TestClockConfiguration.class)
@ExtendWith(EventsSettled.class)
public @interface SawaTest {

}
