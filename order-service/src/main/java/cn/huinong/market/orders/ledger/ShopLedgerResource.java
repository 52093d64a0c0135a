package cn.huinong.market.orders.ledger;

import cn.huinong.market.common.idempotency.Idempotent;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.paging.PageRequest;
import cn.huinong.market.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's money: statements and payouts. Sellers see their own shops, admins every shop. */
@Path("/api/orders/shops/{shopId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settlement")
public class ShopLedgerResource {

    static final String CSV = "text/csv";
    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject Statements statements;

    @Inject Payouts payouts;

    @GET
    @Path("statement")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "The shop's statement for whole days in China time (from and to inclusive); "
            + "CSV with Accept: text/csv or format=csv")
    public Response statement(@PathParam("shopId") UUID shopId,
            @QueryParam("from") @Pattern(regexp = DATE) String from,
            @QueryParam("to") @Pattern(regexp = DATE) String to,
            @QueryParam("format") @Pattern(regexp = "json|csv") String format,
            HttpHeaders headers) {
        return render(statements.statement(shopId, date("from", from), date("to", to)), format, headers);
    }

    @GET
    @Path("statement/monthly")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "The shop's statement for one calendar month (YYYY-MM) in China time")
    public Response monthly(@PathParam("shopId") UUID shopId,
            @QueryParam("month") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String month,
            @QueryParam("format") @Pattern(regexp = "json|csv") String format,
            HttpHeaders headers) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", "detail.ledger-month");
        }
        return render(statements.statement(shopId, ym.atDay(1), ym.atEndOfMonth()), format, headers);
    }

    @POST
    @Path("payouts")
    @RolesAllowed("seller")
    @Idempotent
    @Operation(summary = "Pay the shop's whole available balance out to its bank account (owner only); "
            + "send Idempotency-Key to retry safely")
    public Response payOut(@PathParam("shopId") UUID shopId, UriInfo uri) {
        PayoutView payout = payouts.payOut(shopId);
        return Response.created(uri.getAbsolutePathBuilder().path(payout.id().toString()).build())
                .entity(payout).build();
    }

    @GET
    @Path("payouts")
    @RolesAllowed({"seller", "admin"})
    @Operation(summary = "The shop's payouts, newest first")
    public Page<PayoutView> listPayouts(@PathParam("shopId") UUID shopId, @Valid @BeanParam PageRequest page) {
        return payouts.list(shopId, page.after, page.limit);
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "detail.ledger-date-required");
        }
    }

    private static Response render(StatementView statement, String format, HttpHeaders headers) {
        boolean csv = "csv".equals(format) || (format == null && prefersCsv(headers));
        if (csv) {
            return Response.ok(Statements.csv(statement), CSV + ";charset=UTF-8").build();
        }
        return Response.ok(statement, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
