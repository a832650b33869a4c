package org.sawa.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The last rule of the filter chain, for requests no module's {@link AccessRules}
 * matched: one that a controller would serve is refused (a route someone forgot to
 * declare stays closed), and any other address is let through to the ordinary "not found"
 * page.
 */
@Component
class UndeclaredRoutes implements AuthorizationManager<RequestAuthorizationContext> {

	private final ApplicationContext context;

	UndeclaredRoutes(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext request) {
		return new AuthorizationDecision(!served(request.getRequest()));
	}

	/**
	 * Whether the application's controllers serve this request (with this method or
	 * another).
	 */
	boolean served(HttpServletRequest request) {
		HandlerMapping controllers = context.getBean("requestMappingHandlerMapping", HandlerMapping.class);
		RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			return controllers.getHandler(request) != null;
		}
		catch (Exception pathServedWithAnotherMethodOrType) {
			return true;
		}
		finally {
			ServletRequestPathUtils.setParsedRequestPath(previous, request);
		}
	}

}
