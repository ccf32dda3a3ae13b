# The shapes that crashed the original, across a module boundary: a
# function returning `Project!String` where Project has six fields of
# mixed types.
pub struct Project do
  id :: Int
  name :: String
  api_key :: String
  ratio :: Float
  active :: Bool
  tags :: List<String>
end deriving(Eq, Display)

pub fn find_project(id :: Int) -> Project!String do
  if id < 0 do
    Err("no project ${id}")
  else
    Ok(Project { id: id, name: "project-${id}", api_key: "key-${id}", ratio: Int.to_float(id) / 4.0, active: id % 2 == 0, tags: ["t${id}", "x"] })
  end
end
