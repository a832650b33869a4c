package org.sawa.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler that takes a form: the page that shows the form again when the action is
 * refused, a URI template over the handler's path variables
 * ({@code "/petitions/{reference}"}). The handler does not catch refusals:
 * {@link FormRefusals} serves that page in the same request, with every reason at its
 * field ({@code errors}: field, or "form", to translated text) and the values the person
 * typed ({@code form}). The page's handler keeps those two model attributes when present.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormPage {

	String value();

	/**
	 * For a page with several forms: the form's name, put before each field of its
	 * reasons ({@code "members.fullName"}, {@code "members.form"}), as the
	 * {@code scoped*} fragments of fragments/form.html read them. It may name the
	 * handler's path variables: {@code "m{position}"} for the form of one milestone.
	 */
	String scope() default "";

}
