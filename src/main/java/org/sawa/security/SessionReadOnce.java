package org.sawa.security;

import java.util.EnumSet;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.sawa.db.AsyncCommit;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A session a request has saved is not read back from the database by the same request
 * (issue 23). Spring Session saves a signed-in person's session when the response is
 * committed and again as the request ends, and each time asks the repository for the
 * session it has just saved (spring-session#1731): a transaction of four statements and
 * the security context's deserialisation, for nothing, on every signed-in request. The
 * repository now answers that question with the session the request saved; the answer is
 * forgotten when the request ends, when the session is deleted, and for any other id. The
 * one read left, a single SELECT, runs without a transaction ({@link AsyncCommit#alone}).
 */
@Configuration(proxyBeanMethods = false)
class SessionReadOnce {

	/**
	 * The session this thread's request saved last, in a holder that exists only while a
	 * request is served: outside one (a test, a background task) nothing is remembered.
	 */
	private static final ThreadLocal<Session[]> SAVED = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor sessionsSavedAreNotReadAgain() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof JdbcIndexedSessionRepository)) {
					return bean;
				}
				// a subclass proxy: still a JdbcIndexedSessionRepository for whoever asks
				// for one, its own cleanup started and stopped as before
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice((MethodInterceptor) SessionReadOnce::remembered);
				return proxy.getProxy(bean.getClass().getClassLoader());
			}
		};
	}

	static Object remembered(MethodInvocation call) throws Throwable {
		Session[] saved = SAVED.get();
		if (saved == null) {
			return call.proceed();
		}
		Object[] arguments = call.getArguments();
		switch (call.getMethod().getName()) {
			case "findById" -> {
				return saved[0] != null && saved[0].getId().equals(arguments[0]) ? saved[0]
						: AsyncCommit.alone(call::proceed);
			}
			case "save" -> {
				Object result = call.proceed();
				saved[0] = (Session) arguments[0];
				return result;
			}
			case "deleteById" -> {
				saved[0] = null;
				return call.proceed();
			}
			default -> {
				return call.proceed();
			}
		}
	}

	/**
	 * Each request starts and ends with nothing remembered, just outside Spring Session.
	 */
	@Bean
	FilterRegistrationBean<Filter> sessionsForgottenAtEachRequest() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			SAVED.set(new Session[1]);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SAVED.remove();
			}
		});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

}
