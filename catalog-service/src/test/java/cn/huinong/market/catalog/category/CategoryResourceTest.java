package cn.huinong.market.catalog.category;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.huinong.market.common.testing.TestDatabase;
import cn.huinong.market.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    private static final String PATH = "/api/catalog/categories";
    private final String admin = TestTokens.token("admin-1", "admin");

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAllExcept();
    }

    private Response create(Map<String, Object> body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post(PATH);
    }

    private static Map<String, Object> category(String code, String nameZh, UUID parentId, boolean halal, int sort) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameZh", nameZh);
        body.put("halalRequired", halal);
        body.put("sortOrder", sort);
        if (parentId != null) {
            body.put("parentId", parentId.toString());
        }
        return body;
    }

    @Test
    void adminCreatesAndAnyoneReadsIt() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = category("halal-food", "清真食品", null, true, 1);
        body.put("id", id.toString());
        body.put("nameEn", "Halal food");
        create(body).then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + id))
                .header("ETag", "\"0\"")
                .body("id", equalTo(id.toString()))
                .body("nameZh", equalTo("清真食品"))
                .body("nameEn", equalTo("Halal food"))
                .body("halalRequired", equalTo(true));

        given().when().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo("halal-food"))
                .body("createdAt", notNullValue());
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM category WHERE code = 'halal-food'"));
    }

    @Test
    void sameIdOrCodeTwiceIsAConflictAndNothingChanges() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = category("walnuts", "核桃", null, false, 1);
        body.put("id", id.toString());
        create(body).then().statusCode(201);

        body.put("nameZh", "改名");
        create(body).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://huinong.market/problems/already-exists"));
        create(category("walnuts", "另一个核桃", null, false, 2)).then().statusCode(409);

        given().when().get(PATH + "/" + id).then().body("nameZh", equalTo("核桃"));
        assertEquals(1, TestDatabase.count("SELECT count(*) FROM category"));
    }

    @Test
    void childrenOfAHalalCategoryMustRequireHalal() {
        String parent = create(category("halal-food", "清真食品", null, true, 1)).then().statusCode(201)
                .extract().path("id");
        create(category("beef-mutton", "牛羊肉", UUID.fromString(parent), false, 1)).then().statusCode(400)
                .body("errors.field", hasItem("halalRequired"));
        create(category("beef-mutton", "牛羊肉", UUID.fromString(parent), true, 1)).then().statusCode(201)
                .body("parentId", equalTo(parent));
        create(category("ghost-child", "无父", UUID.randomUUID(), false, 1)).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void listIsCursorPagedInDisplayOrder() {
        for (int i = 5; i >= 1; i--) {
            create(category("cat-" + i, "类目" + i, null, false, i)).then().statusCode(201);
        }
        String next = given().queryParam("limit", 2).when().get(PATH).then().statusCode(200)
                .body("items.code", contains("cat-1", "cat-2"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        next = given().queryParam("limit", 2).queryParam("after", next).when().get(PATH).then()
                .body("items.code", contains("cat-3", "cat-4")).extract().path("nextCursor");
        given().queryParam("limit", 2).queryParam("after", next).when().get(PATH).then()
                .body("items.code", contains("cat-5"))
                .body("nextCursor", nullValue());
    }

    @Test
    void listFiltersByParentAndRejectsBadPaging() {
        String parent = create(category("farm", "农产品", null, false, 1)).then().extract().path("id");
        create(category("lily", "百合", UUID.fromString(parent), false, 1)).then().statusCode(201);
        create(category("crafts", "民族手工艺", null, false, 2)).then().statusCode(201);
        given().queryParam("parentId", parent).when().get(PATH).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo("lily"));

        given().queryParam("limit", 0).when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("limit"));
        given().queryParam("limit", 1000).when().get(PATH).then().statusCode(400);
        given().queryParam("after", "not-a-cursor!").when().get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = create(category("apples", "苹果", null, false, 1)).then().extract().path("id");
        Map<String, Object> change = category("apples", "静宁苹果", null, false, 1);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(change)
                .when().put(PATH + "/" + id).then().statusCode(428)
                .body("type", equalTo("https://huinong.market/problems/precondition-required"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("nameZh", equalTo("静宁苹果"));

        // A second editor still holding version 0 is refused and shown what is there now.
        change.put("nameZh", "旧的修改");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                .when().put(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("current.nameZh", equalTo("静宁苹果"))
                .body("current.version", equalTo(1));
        given().when().get(PATH + "/" + id).then().body("nameZh", equalTo("静宁苹果"));
    }

    @Test
    void aCategoryCannotMoveBelowItself() {
        String top = create(category("crafts", "民族手工艺", null, false, 1)).then().extract().path("id");
        String child = create(category("brick-carving", "河州砖雕", UUID.fromString(top), false, 1))
                .then().extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(category("crafts", "民族手工艺", UUID.fromString(child), false, 1))
                .when().put(PATH + "/" + top).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void onlyAdminsWrite() {
        for (String role : new String[]{"buyer", "seller", "trainer", "logistics", "service"}) {
            given().auth().oauth2(TestTokens.token("u-" + role, role)).contentType(ContentType.JSON)
                    .body(category("x-" + role, "某类", null, false, 1))
                    .when().post(PATH).then().statusCode(403);
        }
        assertEquals(0, TestDatabase.count("SELECT count(*) FROM category"));
    }
}
