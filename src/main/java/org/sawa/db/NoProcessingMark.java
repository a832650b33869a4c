package org.sawa.db;

import java.util.List;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The event registry does not write a publication's "processing" state (issue 23, ADR
 * 0044's addendum). Spring Modulith 2 updates the publication's row to PROCESSING just
 * before its listener runs, in a transaction of its own, and again to COMPLETED (or
 * FAILED) when it returns: for every act of a person, a transaction and a row version
 * that nothing in Sawa reads. The state serves Spring Modulith's staleness monitoring
 * ({@code spring.modulith.events.staleness.*}), which Sawa does not turn on (background
 * work has its own leases, ADR 0035); an incomplete publication is found, delivered again
 * after a restart or resubmitted the same whether it says PUBLISHED or PROCESSING. The
 * store's {@code markProcessing} therefore does nothing; its other methods are the
 * store's own. The registry's transaction around it then sends nothing to PostgreSQL (no
 * statement, so no {@code BEGIN} and no {@code COMMIT}). Should an administrator turn
 * staleness monitoring on, the mark is written again: a publication in flight must not
 * look stale.
 */
@Configuration(proxyBeanMethods = false)
class NoProcessingMark {

	/** Spring Modulith's store of publications (not on the compile path). */
	static final String STORE = "org.springframework.modulith.events.core.EventPublicationRepository";

	/** The settings that turn Spring Modulith's staleness monitoring on. */
	static final List<String> STALENESS = List.of("spring.modulith.events.staleness.published",
			"spring.modulith.events.staleness.processing");

	@Bean
	static BeanPostProcessor processingNotMarked(Environment environment) {
		boolean monitored = STALENESS.stream().anyMatch(environment::containsProperty);
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (monitored || ClassUtils.getAllInterfacesForClassAsSet(bean.getClass())
					.stream()
					.noneMatch(type -> type.getName().equals(STORE))) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.addAdvice((MethodInterceptor) call -> call.getMethod().getName().equals("markProcessing") ? null
						: call.proceed());
				return proxy.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

}
