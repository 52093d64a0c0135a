package cn.huinong.market.common.idempotency;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST endpoint whose callers may send an {@code Idempotency-Key}: the same key and body get the
 * stored response of the first request and the work is done once; the same key with another body is a 422.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
}
