package org.sawa.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed HMAC-SHA-256. Identifiers that must be compared but never kept in clear (national
 * ID numbers, e-mail tokens) are stored only as this digest; without the key, the digest
 * cannot be reversed by enumerating the small space of ID numbers.
 */
@Component
public class Hmac {

	private final SecretKeySpec key;

	@Autowired
	Hmac(@Value("${sawa.security.hmac-secret}") String secret) {
		this(secret, "sawa.security.hmac-secret");
	}

	private Hmac(String secret, String property) {
		if (secret == null || secret.length() < 32) {
			throw new IllegalStateException(property + " must be at least 32 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	/**
	 * The same digest under another secret (the audit chain's key), refused when shorter
	 * than 32 characters like this one.
	 */
	public static Hmac withKey(String secret, String property) {
		return new Hmac(secret, property);
	}

	public String digest(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

}
