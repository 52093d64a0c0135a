package cn.huinong.market.orders.logistics;

import cn.huinong.market.common.problem.Problem;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.problem.ProblemType;
import cn.huinong.market.orders.logistics.network.LogisticsRefusal;
import cn.huinong.market.orders.logistics.network.Network;
import cn.huinong.market.orders.logistics.network.NetworkNode;
import cn.huinong.market.orders.logistics.network.ParcelSize;
import cn.huinong.market.orders.logistics.network.TemperatureClass;
import cn.huinong.market.orders.logistics.routing.ParcelQuoteQuery;
import cn.huinong.market.orders.logistics.routing.Quote;
import cn.huinong.market.orders.logistics.routing.QuoteService;
import cn.huinong.market.orders.logistics.routing.Route;
import cn.huinong.market.orders.logistics.routing.SubsidyLine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Quotes one shop's parcel on the stored network, from the shop's village station to the buyer's county (or, when
 * the network does not reach that county itself, to its province's carrier destination).
 */
@ApplicationScoped
public class RoutedShipping {

    @Inject NetworkStore store;

    @Inject QuoteService quotes;

    @Inject ShopStationService stations;

    @Inject ObjectMapper json;

    /** Which of the two routes a buyer takes. */
    public enum Choice {
        CHEAPEST, FASTEST
    }

    /**
     * Both routes and the subsidies of each, in fen: the buyer pays {@code cost − subsidy} of the chosen one.
     */
    public record ShopQuote(UUID shopId, String originNode, String destination, Route cheapest,
            List<SubsidyLine> cheapestSubsidies, Route fastest, List<SubsidyLine> fastestSubsidies) {

        public Route route(Choice choice) {
            return choice == Choice.FASTEST ? fastest : cheapest;
        }

        public long subsidyFen(Choice choice) {
            return (choice == Choice.FASTEST ? fastestSubsidies : cheapestSubsidies).stream()
                    .mapToLong(SubsidyLine::amountFen).sum();
        }
    }

    /** The route a shop order is sold with, as the order stores it. */
    public record Sold(Choice choice, String originNode, long costFen, long subsidyFen, OffsetDateTime promisedDelivery,
            String routeJson, List<SubsidyLine> subsidies) {

        /** What the buyer pays for shipping. */
        public long payableFen() {
            return costFen - subsidyFen;
        }
    }

    /** The chosen route of a quote, ready to store on the order. */
    public Sold sell(ShopQuote quote, Choice choice) {
        Route route = quote.route(choice);
        try {
            return new Sold(choice, quote.originNode(), route.costFen(), quote.subsidyFen(choice),
                    route.promisedDelivery().toOffsetDateTime(), json.writeValueAsString(route.legs()),
                    choice == Choice.FASTEST ? quote.fastestSubsidies() : quote.cheapestSubsidies());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a route always serialises", e);
        }
    }

    /** What a parcel holds that matters for routing. */
    public record Parcel(long grams, long millilitres, TemperatureClass temperature, String category) {
    }

    /**
     * @return null when the shop has no station in the network (its parcels then go at the flat tariff)
     * @throws ProblemException 422 naming the shop and the reason when the parcel cannot reach the destination
     */
    public ShopQuote quote(UUID shopId, String countyCode, String provinceCode, Parcel parcel) {
        String origin = stations.stationOf(shopId);
        if (origin == null) {
            return null;
        }
        Network network = store.current();
        String destination = destination(network, countyCode, provinceCode);
        try {
            Quote quote = quotes.quote(network, new ParcelQuoteQuery(origin, destination,
                    new ParcelSize(parcel.grams(), parcel.millilitres()), parcel.temperature(), parcel.category(),
                    null));
            NetworkNode from = network.node(origin);
            return new ShopQuote(shopId, origin, destination, quote.cheapest(), quote.subsidies(), quote.fastest(),
                    QuoteService.subsidies(network, from, parcel.category(), quote.fastest().costFen()));
        } catch (LogisticsRefusal refusal) {
            throw ProblemException.withFacts(ProblemType.UNPROCESSABLE,
                    List.of(new Problem.FieldError("lines", String.join("; ", refusal.reasons()))),
                    Map.of("shopId", shopId, "temperature", parcel.temperature(), "reasons", refusal.reasons()),
                    "The parcel of shop " + shopId + " (" + parcel.temperature() + ") cannot be delivered: "
                            + String.join("; ", refusal.reasons()));
        }
    }

    /** The buyer's county when the network reaches it, else the province's destination ("310000" for Shanghai). */
    private static String destination(Network network, String countyCode, String provinceCode) {
        if (countyCode != null
                && network.nodesById().values().stream().anyMatch(n -> n.divisionCode().equals(countyCode))) {
            return countyCode;
        }
        return (countyCode != null ? countyCode.substring(0, 2) : provinceCode) + "0000";
    }
}
