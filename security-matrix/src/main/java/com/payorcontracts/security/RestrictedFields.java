package com.payorcontracts.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Jackson module that leaves {@link RestrictedField} properties out of the JSON unless the
 * caller's roles may see them according to the {@link SecurityMatrix}. The caller's roles come
 * from the writer attribute {@link #ROLES_ATTRIBUTE} when set
 * ({@code mapper.writer().withAttribute(RestrictedFields.ROLES_ATTRIBUTE, roles)}), else from the
 * supplier given here (a service passes one that reads the request's identity). No roles known
 * means the field is left out: a restricted field is never shown by accident.
 */
public final class RestrictedFields extends SimpleModule {

    /** Writer attribute holding the caller's roles, a {@code Collection<String>}. */
    public static final String ROLES_ATTRIBUTE = "payorcontracts.roles";

    private final transient SecurityMatrix matrix;
    private final transient Supplier<? extends Collection<String>> currentRoles;

    public RestrictedFields(SecurityMatrix matrix, Supplier<? extends Collection<String>> currentRoles) {
        super("payorcontracts-restricted-fields");
        this.matrix = matrix;
        this.currentRoles = currentRoles;
    }

    /** Roles only from the writer attribute. */
    public RestrictedFields(SecurityMatrix matrix) {
        this(matrix, Set::of);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addBeanSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                return properties.stream().map(RestrictedFields.this::guard).toList();
            }
        });
    }

    private BeanPropertyWriter guard(BeanPropertyWriter writer) {
        RestrictedField restricted = writer.getAnnotation(RestrictedField.class);
        return restricted == null ? writer : new Guarded(writer, restricted.value(), this);
    }

    boolean visible(String field, SerializerProvider provider) {
        Object attribute = provider.getAttribute(ROLES_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Collection<String> roles = attribute instanceof Collection<?> given ? (Collection<String>) given : currentRoles.get();
        return roles != null && matrix.fieldVisible(field, roles);
    }

    /** Writes the property only for callers who may see it. */
    private static final class Guarded extends BeanPropertyWriter {

        private final String field;
        private final transient RestrictedFields owner;

        Guarded(BeanPropertyWriter base, String field, RestrictedFields owner) {
            super(base);
            this.field = field;
            this.owner = owner;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (owner.visible(field, provider)) {
                super.serializeAsField(bean, gen, provider);
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (owner.visible(field, provider)) {
                super.serializeAsElement(bean, gen, provider);
            } else {
                serializeAsPlaceholder(bean, gen, provider);
            }
        }
    }
}
