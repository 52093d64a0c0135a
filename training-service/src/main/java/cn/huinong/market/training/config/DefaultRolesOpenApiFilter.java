package cn.huinong.market.training.config;

import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Documents the roles that guard most of the API. Trainers and admins are the service's default
 * (quarkus.security.jaxrs.default-roles-allowed), which smallrye-openapi knows only from @RolesAllowed: an operation
 * that states no security of its own gets the default's requirement and its 401/403 answers here, as an annotated
 * one would. An endpoint open to everyone says so with an empty {@code @SecurityRequirements}.
 */
public class DefaultRolesOpenApiFilter implements OASFilter {

    static final String DEFAULT_ROLES = "quarkus.security.jaxrs.default-roles-allowed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> roles = ConfigProvider.getConfig().getOptionalValues(DEFAULT_ROLES, String.class)
                .orElse(List.of());
        if (roles.isEmpty() || openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        String scheme = openAPI.getComponents().getSecuritySchemes().keySet().iterator().next();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(operation -> operation.getSecurity() == null)
                .forEach(operation -> guard(operation, scheme, roles)));
    }

    private static void guard(Operation operation, String scheme, List<String> roles) {
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme, roles));
        operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
        operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
    }
}
