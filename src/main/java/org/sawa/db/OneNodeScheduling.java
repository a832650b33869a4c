package org.sawa.db;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every job scheduled with a fixed delay or rate ({@code @Scheduled(fixedDelay...)}: the
 * reminders, digests, notices, retries and housekeeping) runs once per period across the
 * application nodes: each run first claims its turn through {@link OneNode}, named after
 * the job's method, for the job's own period. No job has to know it; a node that does not
 * get the turn waits for its next one. Jobs on a cron (Spring Session's clean-up of
 * expired sessions) are left as they are: each is an idempotent delete.
 */
@Configuration(proxyBeanMethods = false)
class OneNodeScheduling implements SchedulingConfigurer {

	private final TaskScheduler scheduler;

	private final OneNode oneNode;

	OneNodeScheduling(@Qualifier("taskScheduler") TaskScheduler scheduler, OneNode oneNode) {
		this.scheduler = scheduler;
		this.oneNode = oneNode;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.setTaskScheduler(new Claiming(scheduler, oneNode));
	}

	/** The scheduler, its periodic tasks each wrapped in a claim. */
	record Claiming(TaskScheduler scheduler, OneNode oneNode) implements TaskScheduler {

		private Runnable claimed(Runnable task, Duration period) {
			String job = task.toString();
			return () -> oneNode.run(job, period, task);
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
			return scheduler.scheduleWithFixedDelay(claimed(task, delay), startTime, delay);
		}

		@Override
		public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
			return scheduler.scheduleWithFixedDelay(claimed(task, delay), delay);
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
			return scheduler.scheduleAtFixedRate(claimed(task, period), startTime, period);
		}

		@Override
		public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
			return scheduler.scheduleAtFixedRate(claimed(task, period), period);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
			return scheduler.schedule(task, trigger);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
			return scheduler.schedule(task, startTime);
		}

		@Override
		public java.time.Clock getClock() {
			return scheduler.getClock();
		}

	}

}
