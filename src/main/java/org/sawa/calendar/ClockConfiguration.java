package org.sawa.calendar;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of Sawa, in Morocco's time zone: every "now" and "today" is read from it,
 * so that tests move time and the demo spreads its history over past dates.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	ShiftableClock clock() {
		return new ShiftableClock();
	}

}
