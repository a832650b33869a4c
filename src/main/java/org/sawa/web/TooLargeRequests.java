package org.sawa.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form posted larger than the server reads
 * ({@code server.tomcat.max-http-form-post-size}) is answered with the translated "too
 * large" page (413) before anything reads it, instead of its fields silently vanishing (a
 * CSRF refusal) or the connection being reset. The request goes on as a GET without a
 * body to {@link #PAGE}; the server swallows the rest of the body
 * ({@code server.tomcat.max-swallow-size}), so the person's browser gets the page.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@Component
class TooLargeRequests extends OncePerRequestFilter {

	static final String PAGE = "/too-large";

	private final long limit;

	TooLargeRequests(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
				&& request.getContentLengthLong() > limit) {
			request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The page itself, answered with 413 Content Too Large. */
	@Controller
	static class Page {

		@GetMapping(PAGE)
		@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
		String tooLarge() {
			return "error/413";
		}

	}

	/** The refused request as a GET whose body no one reads. */
	private static final class WithoutBody extends HttpServletRequestWrapper {

		WithoutBody(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public long getContentLengthLong() {
			return 0;
		}

		@Override
		public int getContentLength() {
			return 0;
		}

	}

}
