package cn.huinong.market.catalog.category;

import cn.huinong.market.common.idempotency.ClientIds;
import cn.huinong.market.common.paging.Cursor;
import cn.huinong.market.common.paging.Page;
import cn.huinong.market.common.problem.ProblemException;
import cn.huinong.market.common.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CategoryService {

    private static final String WHAT = "category";

    @Inject Clock clock;

    @Inject CategoryRepository categories;

    public Page<CategoryView> list(UUID parentId, String after, int limit) {
        List<String> keys = Cursor.decode(after, 2);
        Integer afterSort = keys.isEmpty() ? null : parseSort(keys.get(0));
        String afterCode = keys.isEmpty() ? null : keys.get(1);
        return Page.of(categories.page(parentId, afterSort, afterCode, limit), limit, CategoryView::of,
                c -> Cursor.encode(c.sortOrder, c.code));
    }

    public CategoryView get(UUID id) {
        return CategoryView.of(find(id));
    }

    @Transactional
    public CategoryView create(CategoryRequest request) {
        UUID id = ClientIds.newId(request.id(), categories::findById, WHAT);
        if (categories.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        Category category = new Category();
        category.id = id;
        apply(category, request);
        category.createdAt = now();
        category.updatedAt = category.createdAt;
        categories.persistAndFlush(category);
        return CategoryView.of(category);
    }

    @Transactional
    public CategoryView replace(UUID id, String ifMatch, CategoryRequest request) {
        Category category = find(id);
        ETags.requireCurrent(ifMatch, category.version, () -> CategoryView.of(category));
        ProblemException.requireSameId(request.id(), id);
        if (!category.code.equals(request.code()) && categories.codeTaken(request.code())) {
            throw ProblemException.alreadyExists(WHAT, request.code());
        }
        if (request.parentId() != null && categories.isSelfOrDescendant(request.parentId(), id)) {
            throw ProblemException.invalidField("parentId", "detail.category-cycle");
        }
        apply(category, request);
        category.updatedAt = now();
        categories.flush();
        return CategoryView.of(category);
    }

    private void apply(Category category, CategoryRequest request) {
        if (request.parentId() != null) {
            Category parent = categories.findById(request.parentId());
            if (parent == null) {
                throw ProblemException.invalidField("parentId", "detail.parent-missing");
            }
            if (parent.halalRequired && !request.halalRequired()) {
                throw ProblemException.invalidField("halalRequired", "detail.halal-inherited");
            }
        }
        category.code = request.code();
        category.nameZh = request.nameZh().strip();
        category.nameEn = request.nameEn() == null || request.nameEn().isBlank() ? null : request.nameEn().strip();
        category.parentId = request.parentId();
        category.halalRequired = request.halalRequired();
        category.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
    }

    /** The category itself, for other features. */
    public Optional<Category> lookup(UUID id) {
        return Optional.ofNullable(categories.findById(id));
    }

    /** The category and its ancestors, nearest first (bounded, in case of a corrupted tree). */
    public List<UUID> lineage(UUID categoryId) {
        List<UUID> lineage = new ArrayList<>();
        UUID cursor = categoryId;
        for (int depth = 0; cursor != null && depth <= 32 && !lineage.contains(cursor); depth++) {
            Category category = categories.findById(cursor);
            if (category == null) {
                break;
            }
            lineage.add(category.id);
            cursor = category.parentId;
        }
        return lineage;
    }

    private Category find(UUID id) {
        Category category = categories.findById(id);
        if (category == null) {
            throw ProblemException.notFound(WHAT, id);
        }
        return category;
    }

    private static int parseSort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "detail.cursor-invalid");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
