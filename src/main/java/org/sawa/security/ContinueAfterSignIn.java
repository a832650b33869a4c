package org.sawa.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Signing in returns to the page that asked ("sign in to sign" on a petition comes back
 * to the petition): the login form carries a {@code continue} path of this site
 * ({@link LocalPaths}); without one, the page a protected address was refused for, else
 * "my account". A failed attempt keeps the path for the next one.
 */
final class ContinueAfterSignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler otherwise = new SavedRequestAwareAuthenticationSuccessHandler();

	ContinueAfterSignIn() {
		otherwise.setDefaultTargetUrl("/me");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		Optional<String> next = LocalPaths.of(request.getParameter("continue"));
		if (next.isPresent()) {
			response.sendRedirect(request.getContextPath() + next.get());
		}
		else {
			otherwise.onAuthenticationSuccess(request, response, authentication);
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String next = LocalPaths.of(request.getParameter("continue"))
			.map(path -> "&continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
			.orElse("");
		response.sendRedirect(request.getContextPath() + "/login?error" + next);
	}

}
