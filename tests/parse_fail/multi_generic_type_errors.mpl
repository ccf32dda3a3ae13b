# errors (3): line 2 unclosed `List<Int`; line 6 missing `,` in `Map<String Int>`; line 10 empty `<>` params
fn total(xs :: List<Int) -> Int do
  List.length(xs)
end

fn index(m :: Map<String Int>) -> Int do
  Map.size(m)
end

fn id<>(x) do
  x
end
