package org.sawa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on the embedded PostgreSQL, with the demo
 * scenario loaded through the application's own services, the clock tests may move
 * ({@link MovableClock}), the people tests need ({@link People}), the database as its
 * owner ({@link Owner}) and {@code MockMvcTester} for controller tests ({@link SignedIn}
 * signs a request in). Every test class uses this same configuration, so one application
 * context serves the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
@Import({ TestClockConfiguration.class, SignedIn.class, People.class, Owner.class, ReadOnlyReplica.class })
@AutoConfigureMockMvc
@ExtendWith(EventsSettled.class)
public @interface SawaTest {

}
