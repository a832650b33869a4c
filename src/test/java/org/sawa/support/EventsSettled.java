package org.sawa.support;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, waits until the listeners that run after commit (mail, participation
 * facts) have handled what earlier tests and the demo published, so that a test reading
 * mail or counts sees its own effects and no one else's.
 */
public class EventsSettled implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) throws InterruptedException {
		await(SpringExtension.getApplicationContext(context)
			.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class));
	}

	/**
	 * Waits, for up to a minute, until the after-commit listeners have handled what was
	 * published so far (a test that acts then reads its mail calls it too).
	 */
	public static void await(ThreadPoolTaskExecutor executor) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(1));
		while ((executor.getActiveCount() > 0 || executor.getQueueSize() > 0) && Instant.now().isBefore(until)) {
			Thread.sleep(20);
		}
	}

}
