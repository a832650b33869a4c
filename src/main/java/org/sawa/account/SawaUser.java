package org.sawa.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as Spring Security knows them. Serializable: sessions live in
 * PostgreSQL.
 */
public final class SawaUser implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final String passwordHash;

	private final boolean confirmed;

	private final List<GrantedAuthority> authorities;

	SawaUser(long id, String email, String displayName, String passwordHash, boolean confirmed,
			List<GrantedAuthority> authorities) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.confirmed = confirmed;
		this.authorities = List.copyOf(authorities);
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public String email() {
		return email;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return confirmed;
	}

}
