// Placeholder until the app frame lands.
export function App() {
  return <main>Rapport</main>;
}
