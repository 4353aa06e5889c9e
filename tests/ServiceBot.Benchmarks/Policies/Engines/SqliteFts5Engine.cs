using Microsoft.Data.Sqlite;
using ServiceBot.Benchmarks.Policies.Corpus;

namespace ServiceBot.Benchmarks.Policies.Engines;

/// <summary>
/// SQLite's FTS5 with its column-weighted bm25(): either the trigram tokenizer over the raw text (no segmenter
/// needed, but a two-character word such as 用地 is shorter than a trigram and cannot be searched), or the
/// unicode61 tokenizer over the same bigram tokens the in-memory index uses.
/// </summary>
internal sealed class SqliteFts5Engine(bool trigram) : IRetrievalEngine
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"servicebot-bench-{Guid.NewGuid():N}.db");
    private SqliteConnection? _connection;

    public string Name => trigram ? "SQLite FTS5, trigram tokenizer" : "SQLite FTS5, bigram tokens (unicode61)";

    public void Load(IReadOnlyList<BenchArticle> articles)
    {
        _connection = new SqliteConnection($"Data Source={_path}");
        _connection.Open();
        Execute(trigram
            ? "CREATE VIRTUAL TABLE a USING fts5(id UNINDEXED, title, headings, body, tokenize='trigram')"
            : "CREATE VIRTUAL TABLE a USING fts5(id UNINDEXED, title, headings, body, tokenize='unicode61')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO a (id, title, headings, body) VALUES ($id, $title, $headings, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var headings = insert.Parameters.Add("$headings", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var article in articles)
        {
            id.Value = article.Id.ToString();
            title.Value = trigram ? article.Title : QueryTerms.Tokens(article.Title);
            headings.Value = trigram ? article.Headings : QueryTerms.Tokens(article.Headings);
            body.Value = trigram ? article.Body : QueryTerms.Tokens(article.Body);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public IReadOnlyList<Guid> Search(string question, int top)
    {
        var terms = trigram ? QueryTerms.Trigrams(question) : QueryTerms.Bigrams(question);
        if (terms.Count == 0)
        {
            return [];
        }

        using var command = _connection!.CreateCommand();
        command.CommandText = "SELECT id FROM a WHERE a MATCH $query ORDER BY bm25(a, 0.0, 0.5, 2.0, 1.0) LIMIT $top";
        command.Parameters.AddWithValue("$query", string.Join(" OR ", terms.Select(t => $"\"{t}\"")));
        command.Parameters.AddWithValue("$top", top);
        using var reader = command.ExecuteReader();
        var ids = new List<Guid>();
        while (reader.Read())
        {
            ids.Add(Guid.Parse(reader.GetString(0)));
        }

        return ids;
    }

    public void Dispose()
    {
        _connection?.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    private void Execute(string sql)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
