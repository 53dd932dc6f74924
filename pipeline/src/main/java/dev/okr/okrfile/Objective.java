package dev.okr.okrfile;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A qualitative goal of one team, measured by its key results and by the objectives that name it as
 * their {@code parent} (the cascade). Immutable and {@link Serializable}; two objectives are equal
 * when every field is, position included.
 */
public final class Objective implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String title;
    private final String team;
    private final String owner;
    private final String parent;
    private final Commitment commitment;
    private final List<KeyResult> keyResults;
    private final SourcePosition position;

    /**
     * @param id unique among the objectives of an {@link OkrSet}
     * @param owner the person accountable; may be null (the validator warns)
     * @param parent the id of the objective this one rolls up into; null for a root objective
     * @param position where the objective starts in its file
     */
    public Objective(
            String id,
            String title,
            String team,
            String owner,
            String parent,
            Commitment commitment,
            List<KeyResult> keyResults,
            SourcePosition position) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.team = Objects.requireNonNull(team, "team");
        this.owner = owner;
        this.parent = parent;
        this.commitment = Objects.requireNonNull(commitment, "commitment");
        this.keyResults = List.copyOf(keyResults);
        this.position = Objects.requireNonNull(position, "position");
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The team that owns the objective, e.g. {@code growth}. */
    public String team() {
        return team;
    }

    /** The person accountable, e.g. an e-mail address. */
    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    /** The id of the objective this one rolls up into; empty for a root objective. */
    public Optional<String> parent() {
        return Optional.ofNullable(parent);
    }

    public Commitment commitment() {
        return commitment;
    }

    /** The key results in file order; may be empty for an objective measured by its children. */
    public List<KeyResult> keyResults() {
        return keyResults;
    }

    /** Where the objective starts in its file, for messages about it. */
    public SourcePosition position() {
        return position;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Objective other
                && id.equals(other.id)
                && title.equals(other.title)
                && team.equals(other.team)
                && Objects.equals(owner, other.owner)
                && Objects.equals(parent, other.parent)
                && commitment == other.commitment
                && keyResults.equals(other.keyResults)
                && position.equals(other.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, team, owner, parent, commitment, keyResults, position);
    }

    @Override
    public String toString() {
        return "Objective[" + id + ", team " + team + ", " + keyResults.size() + " key results]";
    }
}
