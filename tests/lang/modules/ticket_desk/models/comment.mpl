# Models.Comment: comments on tickets (public replies and internal notes), deriving Json and Eq
from Util.Text import truncate

pub struct Comment do
  author_id :: Int
  text :: String
  at :: Int
  internal :: Bool
end deriving(Json, Eq)

pub fn public_only(cs :: List<Comment>) -> List<Comment> = List.filter(cs, fn c -> not c.internal end)

pub fn by_author(cs :: List<Comment>, author :: Int) -> List<Comment> = List.filter(cs, fn c -> c.author_id == author end)

pub fn last_activity(cs :: List<Comment>, fallback :: Int) -> Int do
  List.reduce(cs, fallback, fn latest, c -> if c.at > latest do c.at else latest end end)
end

pub fn preview(c :: Comment) -> String do
  let marker = if c.internal do "(internal) " else "" end
  marker <> truncate(c.text, 24)
end
