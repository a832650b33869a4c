package org.sawa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.input.Texts;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every field of every form reaches the modules cleaned once ({@link Texts#clean}): no
 * NUL byte or control character, no bidirectional override, NFC, no invisible characters
 * around it. Passwords are read exactly as typed, and the CSRF token is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputNormalisation extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	/** Whether the field's value is taken as typed. */
	static boolean asTyped(String name) {
		return name.toLowerCase(Locale.ROOT).contains("password") || "_csrf".equals(name);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> cleaned.put(name,
						asTyped(name) ? values : Arrays.stream(values).map(Texts::clean).toArray(String[]::new)));
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
