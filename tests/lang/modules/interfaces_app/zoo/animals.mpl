# Zoo.Animals: a pub sum type and a pub struct implementing an interface declared in another module
import Traits.Describable

pub type Animal do
  Dog(String)
  Cat(String, Int)
end

pub struct Keeper do
  name :: String
  years :: Int
end

impl Describable for Animal do
  fn describe(self) -> String do
    case self do
      Dog(name) -> name <> " the dog"
      Cat(name, lives) -> name <> " the cat with ${lives} lives"
    end
  end
end

impl Describable for Keeper do
  fn describe(self) -> String do
    "keeper " <> self.name <> " (${self.years}y)"
  end
  fn tag(self) -> String do
    "staff"
  end
end

pub fn roster() -> List<Animal> = [Dog("rex"), Cat("tom", 9)]
