import { BatonApp } from './BatonApp';

export function App() {
  return <BatonApp />;
}

export default App;
