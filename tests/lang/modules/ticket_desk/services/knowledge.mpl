# Services.Knowledge: a small knowledge base; suggests articles for a ticket by scoring tag and title-word overlap with closures, keyword-argument options and generic helpers
import Models.Ticket
import Util.Render
from Models.Ticket import Ticket, Priority
from Util.Text import slug, join_with

pub struct Article do
  id :: Int
  title :: String
  tags :: List<String>
  helpful :: Int
end deriving(Eq, Json)

impl Renderable for Article do
  fn render(self) -> String = "KB-${self.id} " <> self.title <> " (" <> slug(self.title) <> ")"
  fn label(self) -> String = "kb"
end

impl Weighted for Article do
  fn weight(self) -> Int = self.helpful
end

pub fn library() -> List<Article> do
  [
    Article { id: 1, title: "Printer troubleshooting guide", tags: ["hardware", "printer"], helpful: 80 },
    Article { id: 2, title: "Fire safety in the office", tags: ["fire", "safety"], helpful: 40 },
    Article { id: 3, title: "Reset your password", tags: ["login", "account"], helpful: 95 },
    Article { id: 4, title: "Understanding your invoice", tags: ["billing", "invoice"], helpful: 60 },
    Article { id: 5, title: "Portal dark mode and themes", tags: ["portal", "ui"], helpful: 10 },
    Article { id: 6, title: "Requesting refunds", tags: ["billing", "refund"], helpful: 30 }
  ]
end

pub fn score(a :: Article, t :: Ticket) -> Int do
  let tag_hits = a.tags
    |> List.filter(fn tag -> List.contains(t.tags, tag) end)
    |> List.length()
  let title_words = words_of(t.title)
  let word_hits = words_of(a.title)
    |> List.filter(fn w -> List.contains(title_words, w) end)
    |> List.length()
  tag_hits * 10 + word_hits * 3 + bonus(t.priority, a.helpful)
end

fn bonus(Urgent, helpful) when helpful > 50 = 5
fn bonus(_, _) = 0

pub fn words_of(s :: String) -> List<String> do
  s
    |> String.to_lower()
    |> String.replace(":", "")
    |> String.replace("!", "")
    |> String.split(" ")
    |> List.filter(fn w -> String.length(w) > 3 end)
end

pub fn suggest(t :: Ticket, opts :: Map<String, Int>) -> List<(Article, Int)> do
  let limit = if Map.has_key(opts, "limit") do Map.get(opts, "limit") else 2 end
  let min = Map.get(opts, "min_score")
  library()
    |> List.map(fn a -> (a, score(a, t)) end)
    |> List.filter(fn p -> second(p) >= min and second(p) > 0 end)
    |> List.sort(fn x, y -> by_score(x, y) end)
    |> List.take(limit)
end

fn by_score(x :: (Article, Int), y :: (Article, Int)) -> Int do
  let (a, sa) = x
  let (b, sb) = y
  if sa != sb do sb - sa else a.id - b.id end
end

fn second(p) do
  let (_, b) = p
  b
end

pub fn suggestion_line(t :: Ticket, opts :: Map<String, Int>) -> String do
  let picks = suggest(t, opts)
  let shown = if List.length(picks) == 0 do "nothing relevant" else join_with(picks, pick_text) end
  "#${t.id} " <> t.title <> " -> " <> shown
end

fn pick_text(p :: (Article, Int)) -> String do
  let (a, s) = p
  "KB-${a.id} (${s})"
end

pub fn most_helpful() -> Option<Article> = Render.heaviest(library())

pub fn article_json(id :: Int) -> String!String do
  case List.find(library(), fn a -> a.id == id end) do
    Some(a) -> Ok(Json.encode(a))
    None -> Err("no article ${id}")
  end
end
